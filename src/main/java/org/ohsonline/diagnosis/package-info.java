/**
 * Occupational disease diagnosis and appraisal (职业病诊断与鉴定, 职业病防治法 Arts. 43–53 and
 * 职业病诊断与鉴定管理办法 2021): applications by a worker or an employer at a diagnosis institution,
 * the materials checklist, the statutory clocks (periods from the versioned {@code diagnosis-deadlines}
 * catalog), the diagnosis with the disease from the catalogue in force, certificates, appraisal
 * (municipal) and re-appraisal (provincial, final); referrals opened from surveillance's
 * {@link org.ohsonline.surveillance.SuspectedDiseaseFound}; the occupational-disease registry per
 * jurisdiction; pneumoconiosis rehabilitation stations with their patients, appointments and visits.
 * Publishes {@link org.ohsonline.diagnosis.DiseaseDiagnosed}, {@link org.ohsonline.diagnosis.ReferralOpened},
 * {@link org.ohsonline.diagnosis.ReferralApplied} and {@link org.ohsonline.diagnosis.CaseClockMet} (the indicators
 * count suspected-disease follow-up and the institutions' clocks from them).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnosis, appraisal and rehabilitation")
package org.ohsonline.diagnosis;
