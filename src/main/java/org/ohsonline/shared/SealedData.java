package org.ohsonline.shared;

import java.util.List;
import java.util.Map;

/**
 * What a module declares of the personal data it seals, for the rotation of the secret key
 * (decision 0024): its sealed columns, and what it does when a blind index it refers to changes.
 */
public interface SealedData {

	/** The module's sealed columns. */
	List<SealedColumn> sealedColumns();

	/**
	 * Called in the rotation's transaction when blind indexes of {@code column} (any module's) were
	 * recomputed, previous → current, so that a module storing such an index elsewhere follows.
	 */
	default void blindIndexesChanged(SealedColumn column, Map<String, String> previousToCurrent) {
	}

}
