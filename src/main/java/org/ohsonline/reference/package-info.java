/**
 * Versioned reference catalogs (edition, effective date, source, who loaded it): administrative
 * divisions, industries, and the catalogs later modules add. Read the version in force through
 * {@link org.ohsonline.reference.Divisions}, {@link org.ohsonline.reference.Industries} and
 * {@link org.ohsonline.reference.Catalogs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.ohsonline.reference;
