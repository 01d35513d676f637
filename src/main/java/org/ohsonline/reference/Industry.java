package org.ohsonline.reference;

/**
 * An industry of GB/T 4754-2017: level 1 section (门类, a letter), 2 division (大类), 3 group (中类),
 * 4 class (小类).
 *
 * @param nameVerified false where the bundled source lacked the name and the official text must
 * still be loaded
 */
public record Industry(String code, String name, String parentCode, int level, boolean nameVerified) {
}
