/**
 * OEL judgement (GBZ 2.1-2019, GBZ 2.2-2007): C_TWA, C_STE, C_ME, the peak-exposure rule,
 * mixtures, dust fractions, noise L_EX,8h and L_EX,W, heat WBGT. Pure functions of their inputs;
 * the OEL, the heat limit and the settings are inputs, so the same call judges the same way in a
 * job, a report and a benchmark. Entry point: {@link org.ohsonline.testing.judgement.Judgements}.
 */
package org.ohsonline.testing.judgement;
