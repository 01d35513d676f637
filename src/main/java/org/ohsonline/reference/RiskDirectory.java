package org.ohsonline.reference;

import java.util.List;
import java.util.Optional;

/**
 * One edition of the risk classification directory (建设项目职业病危害风险分类管理目录), held in memory so that
 * the register can derive a whole province without asking the database per employer. Immutable: a
 * new catalog version is a new directory.
 * <p>
 * The 2021 edition (国卫办职健发〔2021〕5号) lists industries by GB/T 4754-2017 group, some by class; it
 * splits a few groups by activity (A031 牲畜饲养（牛、羊）严重 /（其他）一般), and its note makes the starred
 * industries 一般 where no adhesives, cleaners, inks or paints containing benzene, n-hexane,
 * 1,2-dichloroethane, chloroform or similar are used. Where the employer has not said which, the
 * stricter class applies and the answer says what is open.
 */
public interface RiskDirectory {

	/**
	 * An activity entry of a split group.
	 *
	 * @param code the entry's code, e.g. {@code 443.1}
	 * @param groupCode the GB/T 4754 group it refines, e.g. {@code 443}
	 * @param name as the directory prints it, e.g. 热力生产和供应（燃煤、核能）
	 * @param activity the qualifier alone, e.g. 燃煤、核能
	 * @param classes GB/T 4754-2017 classes whose names are the activity's, which decide without asking
	 */
	record Activity(String code, String groupCode, String name, String activity, Severity severity,
			List<String> classes) {
	}

	/** A GB/T 4754 group the directory splits by activity, with its activities in the directory's order. */
	record SplitGroup(String code, String name, List<Activity> activities) {
	}

	/** The catalog version this directory is, {@code null} when no version is in force. */
	Long versionId();

	/** The version's edition, {@code null} when no version is in force. */
	String edition();

	/** The version's source, {@code null} when no version is in force. */
	String source();

	/**
	 * The class of an industry given what the employer answered: the most specific entry among the
	 * class, its group, division and section. Empty when the directory does not list the industry.
	 */
	Optional<IndustrySeverity> classify(String industryCode, SeverityAnswers answers);

	/**
	 * The split group the employer must choose an activity of for this industry; empty when the
	 * industry is not in a split group, or its GB/T 4754 class already decides.
	 */
	Optional<SplitGroup> activityQuestion(String industryCode);

	/** Whether the class of this industry depends on the use of benzene-type solvents (a starred industry). */
	boolean asksAboutSolvents(String industryCode);

	/** Every split group, in code order (for a form that does not know the industry yet). */
	List<SplitGroup> splitGroups();

	/** The activity entry with this code. */
	Optional<Activity> activity(String code);

}
