package org.ohsonline.agency.internal;

import java.io.IOException;

import org.ohsonline.shared.documents.StoredFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The organisations' answers to findings and the penalty decisions, under {@code ohs.agency.document-directory}
 * (standalone: {@code <data directory>/agency}), at most {@code ohs.agency.document-max-size} (10 MB).
 */
@Component
class QualityFiles extends StoredFiles {

	QualityFiles(@Value("${ohs.agency.document-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.agency.document-max-size:10MB}") DataSize max) throws IOException {
		super(directory, dataDirectory, ephemeral, "agency", max, "agency document");
	}

}
