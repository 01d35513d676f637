/**
 * Job grading (作业分级, GBZ/T 229.1–.4) from the configurable tables of
 * {@link org.ohsonline.reference.GradingTables}: chemicals and dusts by the product index
 * G = W × W_B × W_L, noise by L_EX,8h bands, heat by the intensity × time share × WBGT table.
 * Entry point: {@link org.ohsonline.testing.grading.JobGrading}.
 */
package org.ohsonline.testing.grading;
