package org.ohsonline.reference.web;

/** A rejected row of an upload: the row in the file, what it held and why it was rejected. */
record Rejection(int row, String code, String name, String reason) {
}
