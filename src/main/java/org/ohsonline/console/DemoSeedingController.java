package org.ohsonline.console;

import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The banner that says the demo data is still arriving, polled by htmx while it is: how far it has
 * come, and once it is complete a line that says a reload shows everything.
 */
@Controller
class DemoSeedingController {

	static final String BANNER = "fragments :: demoSeeding";

	private final DemoSeeding seeding;

	DemoSeedingController(DemoSeeding seeding) {
		this.seeding = seeding;
	}

	@GetMapping("/demo-seeding")
	String banner(Model model) {
		model.addAttribute("demoSeeding", this.seeding.progress());
		model.addAttribute("demoSeedingPolled", true);
		return BANNER;
	}

}
