/**
 * Online consultation (线上问诊 / 卫企直通车), part of the promotion module: an expert team with fields from the
 * versioned {@code consultation-fields} catalog; employers' managers and workers ask, with files; a request is
 * routed by field and region to an expert, who answers within the field's service time; late requests are
 * escalated to the supervisors of the region; the asker rates the answer. The asker's personal data is seen
 * only by the asker, the assigned expert and the supervisors in scope (docs/promotion.md).
 */
package org.ohsonline.promotion.consultation;
