package org.ohsonline.monitoring.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.IssuedDeviceToken;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring devices within the token owner's scope, and their tokens. */
@RestController
@RequestMapping("/api/v1/monitoring/devices")
@Tag(name = "Monitoring devices", description = "Devices at posts, their tokens, health and rejected readings")
class DeviceApi {

	private final Devices devices;

	DeviceApi(Devices devices) {
		this.devices = devices;
	}

	@GetMapping
	@Operation(summary = "Devices in scope with their health (region prefix, employer, free text on code or name)")
	Page<DeviceView> search(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.devices.search(actor, region, employerId, q, PageQuery.of(page, size));
	}

	@PostMapping
	@Operation(summary = "Register a device at a post of an employer in scope")
	ResponseEntity<DeviceView> register(Actor actor, @RequestBody DeviceCommand command) {
		DeviceView device = this.devices.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/monitoring/devices/" + device.id())).body(device);
	}

	@GetMapping("/{id}")
	DeviceView find(Actor actor, @PathVariable long id) {
		return this.devices.find(actor, id);
	}

	@PostMapping("/{id}/token")
	@Operation(summary = "Issue the device's token (shown once; replaces any earlier token)")
	IssuedDeviceToken issueToken(Actor actor, @PathVariable long id) {
		return this.devices.issueToken(actor, id);
	}

	@PostMapping("/{id}/retire")
	@Operation(summary = "Retire the device: its token stops working; readings and alerts are kept")
	DeviceView retire(Actor actor, @PathVariable long id) {
		return this.devices.retire(actor, id);
	}

	@GetMapping("/{id}/rejections")
	@Operation(summary = "Rejected readings of the device, counted by reason")
	List<Devices.RejectionCount> rejections(Actor actor, @PathVariable long id) {
		return this.devices.rejections(actor, id);
	}

}
