package org.ohsonline.risk;

/**
 * The traffic light shown beside the class (红黄绿): green, yellow and red stand for supervision
 * levels Ⅰ (simplified), Ⅱ (routine) and Ⅲ (key supervision). Which class gives which light is a
 * rule of the catalog.
 */
public enum Light {

	GREEN, YELLOW, RED

}
