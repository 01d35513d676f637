/**
 * Workplace testing and evaluation (检测/评价): testing jobs by service agencies, sample results
 * including non-detects, OEL judgement ({@link org.ohsonline.testing.judgement}), job grading
 * ({@link org.ohsonline.testing.grading}) and exposure statistics
 * ({@link org.ohsonline.testing.statistics}). The calculators are pure Java (records in, records
 * out); jobs, persistence, pages and reports build on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workplace testing and evaluation")
package org.ohsonline.testing;
