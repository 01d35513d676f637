package org.ohsonline.iam;

import java.nio.file.Path;
import java.util.List;

/** The demo accounts standalone mode created, for the start-up banner. */
public interface DemoLogins {

	List<DemoLogin> logins();

	/** Where the passwords were written on first start. */
	Path credentialsFile();

}
