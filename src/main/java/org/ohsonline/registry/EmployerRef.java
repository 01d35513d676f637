package org.ohsonline.registry;

/**
 * What the public business register says of an employer — its unified social credit code, name and
 * region — for modules that name employers by credit code (an agency's engagement, a host employer)
 * without seeing the register's record.
 */
public record EmployerRef(long id, String creditCode, String name, String regionCode) {
}
