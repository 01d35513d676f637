/**
 * Online training (职业卫生培训): courses in versions with lessons (text, PDF, video, images) and a quiz
 * bank, authored by supervisors and CDC staff; enrolment by the employer from the register or by oneself;
 * progress per lesson with a minimum viewing time credited by the server; randomised quiz papers with a
 * pass mark and limited attempts; certificates issued as signed PDFs with QR verification; training rates
 * per employer and region for each audience, with who is missing. Required hours and certificate validity
 * come from the versioned {@code training-hours} catalog (docs/training.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Online training",
		allowedDependencies = { "shared", "reference", "registry", "audit", "portal", "iam" })
package org.ohsonline.training;
