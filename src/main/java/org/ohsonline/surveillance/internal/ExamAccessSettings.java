package org.ohsonline.surveillance.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an exam institution reads the register's record of a worker it examined
 * ({@code ohs.surveillance.exam-record-access}, from the day of the exam; a year covers the usual
 * periodic interval, so the next exam can look back at the last).
 */
@ConfigurationProperties("ohs.surveillance")
record ExamAccessSettings(@DefaultValue("P1Y") Period examRecordAccess) {
}
