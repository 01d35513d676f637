/**
 * Online monitoring (在线监测): devices at posts with their own bearer tokens, readings in by an
 * HTTP batch API and by MQTT, exposure as it happens (rolling 8-hour TWA, L_EX,8h, ceilings, the
 * action level), and alerts that go from the employer's explanation to an inspector's
 * verification (非现场执法). Readings are stored in day partitions with 1-minute and 1-hour
 * aggregates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Online monitoring")
package org.ohsonline.monitoring;
