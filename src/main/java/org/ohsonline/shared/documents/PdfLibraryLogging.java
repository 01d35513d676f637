package org.ohsonline.shared.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf logs through its own logger, which writes every stylesheet parsed and font loaded to
 * the console at INFO ({@code com.openhtmltopdf.load INFO:: …}), past the logging configuration. This
 * hands its messages to SLF4J under its own logger names ({@code com.openhtmltopdf.load}, …), so
 * {@code logging.level.com.openhtmltopdf} decides (WARN in application.properties).
 */
final class PdfLibraryLogging implements XRLogger {

	private static volatile boolean installed;

	private PdfLibraryLogging() {
	}

	static void install() {
		if (!installed) {
			synchronized (PdfLibraryLogging.class) {
				if (!installed) {
					XRLog.setLoggerImpl(new PdfLibraryLogging());
					installed = true;
				}
			}
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.info(message, error);
		}
		else {
			logger.debug(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// The logging configuration decides.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
				: value >= Level.WARNING.intValue() ? logger.isWarnEnabled()
						: value >= Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
	}

}
