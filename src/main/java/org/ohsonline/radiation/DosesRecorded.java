package org.ohsonline.radiation;

/**
 * Dose records were saved for radiation workers of an employer (one record entered, or the employer's rows of an
 * uploaded workbook): its monitoring rate may have changed.
 *
 * @param records how many records were saved for the employer
 * @param channel {@code CONSOLE}, {@code EXCEL} or {@code API}
 */
public record DosesRecorded(long employerId, String regionCode, int records, String channel) {
}
