/**
 * Standalone mode's demo data: the progress facade pages read ({@link org.ohsonline.shared.demo.DemoSeeding})
 * and the steps modules contribute ({@link org.ohsonline.shared.demo.DemoSeedStep}).
 */
package org.ohsonline.shared.demo;
