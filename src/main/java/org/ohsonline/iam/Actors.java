package org.ohsonline.iam;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.Actor;

/**
 * The actor behind a web request, for web-layer code that is not a controller method (which takes
 * an {@link Actor} parameter instead), such as the console's page model.
 */
public interface Actors {

	/** The signed-in user or token owner of the request, or {@code null} when nobody is signed in. */
	Actor current(HttpServletRequest request);

}
