package org.ohsonline.shared;

/**
 * How many records of a list fall under one key: a region (its code; {@code name} is null, pages
 * name it from the division catalog) or an employer (its register id and name).
 */
public record Tally(String key, String name, long count) {
}
