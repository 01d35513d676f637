package org.ohsonline.projects.internal;

import java.io.IOException;

import org.ohsonline.shared.documents.StoredFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Stage documents under {@code ohs.projects.document-directory} (standalone: {@code <data directory>/projects}), at
 * most {@code ohs.projects.document-max-size} (20 MB: evaluation reports are long).
 */
@Component
class ProjectFiles extends StoredFiles {

	ProjectFiles(@Value("${ohs.projects.document-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.projects.document-max-size:20MB}") DataSize max) throws IOException {
		super(directory, dataDirectory, ephemeral, "projects", max, "project document");
	}

}
