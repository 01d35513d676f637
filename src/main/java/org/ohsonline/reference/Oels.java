package org.ohsonline.reference;

import java.util.List;

/** The OEL table in force. A dust can have two rows (total and respirable). */
public interface Oels {

	List<Oel> limitsOf(String hazardCode);

}
