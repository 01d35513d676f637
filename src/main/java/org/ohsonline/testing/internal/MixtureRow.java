package org.ohsonline.testing.internal;

import java.util.List;

/** A declared mixture as stored. */
record MixtureRow(long id, long postId, List<String> factorCodes) {
}
