package org.ohsonline.enforcement;

/**
 * The circumstances of a violation that the discretion benchmark weighs.
 *
 * @param firstOffence first time found (首次发现)
 * @param correctedPromptly corrected promptly (及时改正)
 * @param harm harm caused (造成危害后果)
 * @param repeatWithin12Months the same violation again within 12 months
 * @param obstruction the inspection was obstructed (阻碍检查)
 */
public record Circumstances(boolean firstOffence, boolean correctedPromptly, boolean harm, boolean repeatWithin12Months,
		boolean obstruction) {

	/**
	 * The band the circumstances call for, the highest of those any circumstance calls for (就高不就低, 浙卫发〔2024〕27号 as
	 * summarised in standards-notes §7.2): harm → 严重; a repeat or obstruction → 较重; a first offence corrected promptly
	 * → 轻微; otherwise 一般.
	 */
	public Band band() {
		if (this.harm) {
			return Band.GRAVE;
		}
		if (this.repeatWithin12Months || this.obstruction) {
			return Band.SERIOUS;
		}
		return this.firstOffence && this.correctedPromptly ? Band.MINOR : Band.GENERAL;
	}

	/** 首违不罚 / 轻微免罚 (行政处罚法 Art. 33 as quoted in standards-notes §7.1): first, corrected, no harm, no repeat. */
	public boolean mayGoUnpunished() {
		return this.firstOffence && this.correctedPromptly && !this.harm && !this.repeatWithin12Months && !this.obstruction;
	}

}
