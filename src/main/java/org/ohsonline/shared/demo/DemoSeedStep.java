package org.ohsonline.shared.demo;

/**
 * One step of standalone mode's demo data, contributed as a bean by the module that owns the data
 * (as menu items and record sections are). Steps run one after another in {@link #order()} on one
 * thread, after the demo logins exist and, when a server is listening, in the background. A step
 * decides itself whether its data exists already (a restart, an older data directory) and then
 * does nothing; it writes through its module's own services, so its writes are audited, and it
 * labels what it makes as synthetic.
 */
public interface DemoSeedStep {

	/** Position among the steps (lower first); a step may rely on every lower step having run. */
	int order();

	/** Message key of the step's name, shown while it runs ({@code demo.step.*} in the module's bundle). */
	String labelKey();

	/** The step's rough share of the seeding's time, for the progress figure (any positive number). */
	int weight();

	/** Makes the step's data unless it exists; reports how far it has come to {@code progress}. */
	void run(Progress progress);

	/** Where a running step reports; the seeding stops a step that reports while the application shuts down. */
	interface Progress {

		/**
		 * The share of the step done, 0–1.
		 * @throws java.util.concurrent.CancellationException when the application is shutting down
		 */
		void done(double fraction);

		/**
		 * A point where the step may be stopped, for loops that report no fraction.
		 * @throws java.util.concurrent.CancellationException when the application is shutting down
		 */
		void checkpoint();

	}

}
