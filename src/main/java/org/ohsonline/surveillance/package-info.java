/**
 * Health surveillance (职业健康监护, GBZ 188): exam institutions' capacity and booking (卫企预约),
 * exams with per-hazard conclusions, the exam rules that make exams due, and the consequences of a
 * conclusion (recheck, job transfer, suspected-disease report), published as events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health surveillance")
package org.ohsonline.surveillance;
