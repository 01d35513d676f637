package org.ohsonline.shared;

/**
 * A record that does not exist — or exists outside the actor's scope, which callers must not be
 * able to tell apart.
 */
public class NotFoundException extends RuntimeException {

	private final String type;

	private final String id;

	public NotFoundException(String type, Object id) {
		super(type + " " + id + " not found");
		this.type = type;
		this.id = String.valueOf(id);
	}

	public String type() {
		return this.type;
	}

	public String id() {
		return this.id;
	}

}
