package org.ohsonline.promotion.internal;

import java.io.IOException;

import org.ohsonline.shared.documents.StoredFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of healthy-enterprise applications under {@code ohs.promotion.evidence-directory} (standalone:
 * {@code <data directory>/promotion}), at most {@code ohs.promotion.evidence-max-size} (10 MB).
 */
@Component
class EvidenceFiles extends StoredFiles {

	EvidenceFiles(@Value("${ohs.promotion.evidence-directory:}") String directory,
			@Value("${ohs.standalone.data-directory:./data}") String dataDirectory,
			@Value("${ohs.standalone.ephemeral:false}") boolean ephemeral,
			@Value("${ohs.promotion.evidence-max-size:10MB}") DataSize max) throws IOException {
		super(directory, dataDirectory, ephemeral, "promotion", max, "evidence file");
	}

}
