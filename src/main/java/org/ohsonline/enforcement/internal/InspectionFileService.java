package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.InspectionFile;
import org.ohsonline.enforcement.InspectionStatus;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * Evidence files of inspections: attached by the inspectors drawn while the inspection is in progress (what is recorded
 * stays as recorded), read by whoever reads the inspection. Runs inside {@link InspectionService}'s transactions.
 */
@Component
class InspectionFileService {

	private final InspectionStore store;

	private final ChecklistSource checklists;

	private final InspectionFileStorage storage;

	private final AuditTrail audit;

	private final Clock clock;

	InspectionFileService(InspectionStore store, ChecklistSource checklists, InspectionFileStorage storage,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.checklists = checklists;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
	}

	InspectionView.FileView attach(Actor actor, long id, String itemCode, String fileName, byte[] content) {
		actor.require(EnforcementPermissions.INSPECTION_WRITE);
		InspectionStore.Row row = this.store.lock(ScopeFilter.of(actor), id)
			.orElseThrow(() -> new NotFoundException("inspection", id));
		if (row.inspectorA() != actor.userId() && row.inspectorB() != actor.userId()) {
			throw new AccessDeniedException("only the inspectors drawn for the employer inspect it");
		}
		List<FieldError> errors = new ArrayList<>();
		if (row.status() != InspectionStatus.IN_PROGRESS) {
			errors.add(FieldError.of("status", "enforcement.inspection.recordedAlready"));
		}
		String item = itemCode == null || itemCode.isBlank() ? null : itemCode.trim();
		if (item != null && this.checklists.of(row.checklistVersion()).item(item).isEmpty()) {
			errors.add(FieldError.of("itemCode", "enforcement.inspection.itemUnknown"));
		}
		Optional<InspectionFileStorage.Sniffed> sniffed = Optional.empty();
		if (content == null || content.length == 0) {
			errors.add(FieldError.of("file", "enforcement.file.empty"));
		}
		else if (content.length > this.storage.maxBytes()) {
			errors.add(FieldError.of("file", "enforcement.file.tooLarge", this.storage.maxBytes() / 1024 / 1024));
		}
		else {
			sniffed = InspectionFileStorage.sniff(content);
			if (sniffed.isEmpty()) {
				errors.add(FieldError.of("file", "enforcement.file.type"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String name = fileName == null || fileName.isBlank() ? "evidence." + sniffed.get().extension() : fileName.trim();
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.length() > Limits.NAME) {
			name = name.substring(name.length() - Limits.NAME);
		}
		InspectionFileStorage.Stored stored = this.storage.store(content, sniffed.get());
		long fileId = this.store.addFile(id, item, name, sniffed.get().contentType(), content.length, stored.sha256(),
				stored.storageName(), actor.displayName(), Instant.now(this.clock));
		this.audit.record(actor, "enforcement.inspection.file-attached", AuditTarget.of("inspection", id, row.regionCode()),
				Map.of(), Map.of("file", fileId, "name", name, "type", sniffed.get().contentType(), "size", content.length,
						"sha256", stored.sha256(), "item", item == null ? "" : item));
		return this.store.file(id, fileId).orElseThrow().view();
	}

	InspectionFile file(Actor actor, long id, long fileId) {
		actor.require(EnforcementPermissions.INSPECTION_READ);
		this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("inspection", id));
		InspectionStore.StoredFile stored = this.store.file(id, fileId)
			.orElseThrow(() -> new NotFoundException("inspection-file", fileId));
		return new InspectionFile(new FileSystemResource(this.storage.read(stored.storageName(), stored.view().sha256())),
				stored.view().contentType(), stored.view().fileName(), stored.view().sizeBytes());
	}

}
