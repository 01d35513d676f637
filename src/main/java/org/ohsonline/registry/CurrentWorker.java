package org.ohsonline.registry;

/**
 * A worker working for an employer now (its employee, or dispatched to it once it confirmed as host), for
 * modules that count people per employer (training rates).
 */
public record CurrentWorker(long employerId, long workerId, String name) {
}
