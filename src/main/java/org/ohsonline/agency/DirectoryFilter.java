package org.ohsonline.agency;

/**
 * A search of the public directory: name text, region prefix ({@code area}), kind, a service (a {@link JobType}
 * or {@link ExamType} name) and a hazard (a category or factor code of the hazard factor catalog).
 */
public record DirectoryFilter(String q, String area, String kind, String service, String hazard) {

	public static DirectoryFilter none() {
		return new DirectoryFilter(null, null, null, null, null);
	}

}
