/**
 * Service agencies (职业卫生技术服务机构), exam institutions (职业健康检查机构) and diagnosis
 * institutions (职业病诊断机构): their qualification (certificate, issuing authority, validity) and its
 * scope (hazard categories and job types; hazards examined, exam types and daily capacity), their
 * staff, and the employers that engage them. Testing and surveillance ask {@link
 * org.ohsonline.agency.Agencies#qualifiedFor} and {@link org.ohsonline.agency.Institutions#capacity}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service agencies and institutions")
package org.ohsonline.agency;
