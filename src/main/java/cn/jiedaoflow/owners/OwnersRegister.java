package cn.jiedaoflow.owners;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.csv.CsvWriter;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.LineError;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.ScopeAdministration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' register (业主名册) of each estate: estates are created by staff, and a register file
 * replaces an estate's units and owners all at once or not at all. The counting rule is
 * {@link RegisterCount}; the file rules are {@link RegisterFile}.
 */
@Service
class OwnersRegister {

    private static final Logger LOG = LoggerFactory.getLogger(OwnersRegister.class);
    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 500;

    private final EstateRepository estates;
    private final RegisteredOwnerRepository owners;
    private final RegisteredUnitRepository units;
    private final RegisterFreezes freezes;
    private final AuditLog audit;
    private final ScopeAdministration scope;
    private final OfficeTime office;

    OwnersRegister(
            EstateRepository estates,
            RegisteredOwnerRepository owners,
            RegisteredUnitRepository units,
            RegisterFreezes freezes,
            AuditLog audit,
            ScopeAdministration scope,
            OfficeTime office) {
        this.office = office;
        this.estates = estates;
        this.scope = scope;
        this.freezes = freezes;
        this.owners = owners;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    EstateView create(Caller caller, EstateRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", request == null ? null : request.name());
        fields.put("address", request == null ? null : request.address());
        List<Map<String, Object>> missing = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                missing.add(Map.of("field", field, "problem", "missing"));
            }
        });
        if (!missing.isEmpty()) {
            throw Refusal.badFields(
                    "owners.estate.missing",
                    missing,
                    String.join(
                            ", ",
                            missing.stream().map(m -> (String) m.get("field")).toList()));
        }
        String name = limited("name", request.name(), MAX_NAME);
        String address = limited("address", request.address(), MAX_ADDRESS);
        Estate estate = estates.save(new Estate(name, address, caller.username(), Instant.now()));
        audit.record(caller.username(), "owners.estate.create", subject(estate.getId()), name + " / " + address);
        // its owners' committee and property company get their engine groups with it (procedures.md, "Scope")
        scope.estateCreated(estate.getId(), name);
        LOG.info("estate {} created by {}", estate.getId(), caller.username());
        return view(estate, RegisterCount.EMPTY);
    }

    @Transactional(readOnly = true)
    EstateView one(long estateId) {
        Estate estate = estates.findById(estateId).orElseThrow(() -> notFound(estateId));
        return view(estate, RegisterCount.of(units.sharesOf(estateId)));
    }

    /** The estates, by id, for the housing office to choose the one whose register it imports. */
    @Transactional(readOnly = true)
    List<EstateView> estates() {
        return estates.findAllByOrderByIdAsc().stream()
                .map(estate -> view(estate, RegisterCount.of(units.sharesOf(estate.getId()))))
                .toList();
    }

    /**
     * What {@link #importRegister} would make of the file, storing nothing: the counts of the register the file
     * holds, or every bad line; and whether a vote has frozen the register. The console shows it before the
     * housing office confirms.
     */
    @Transactional(readOnly = true)
    RegisterPreview preview(long estateId, byte[] content) {
        Estate estate = estates.findById(estateId).orElseThrow(() -> notFound(estateId));
        RegisterFile.Parsed parsed = RegisterFile.parse(content == null ? new byte[0] : content);
        RegisterCount counts = parsed.valid()
                ? RegisterCount.of(
                        parsed.rows().stream().map(RegisterRow::share).toList())
                : null;
        return new RegisterPreview(
                view(estate, RegisterCount.of(units.sharesOf(estateId))),
                freezes.frozen(estateId),
                counts,
                parsed.valid() ? List.of() : parsed.errors());
    }

    /**
     * Replaces the estate's units and owners with those of the file, in one transaction. A file with any
     * bad line changes nothing and is refused with every problem, each in the caller's language.
     */
    @Transactional
    EstateView importRegister(Caller caller, long estateId, byte[] content) {
        Estate estate = estates.lockById(estateId).orElseThrow(() -> notFound(estateId));
        if (freezes.frozen(estateId)) {
            // a vote counts heads and areas from the register as called; it is frozen until the result is out
            throw Refusal.conflict("owners.vote.registerFrozen", String.valueOf(estateId));
        }
        RegisterFile.Parsed parsed = RegisterFile.parse(content == null ? new byte[0] : content);
        if (!parsed.valid()) {
            List<LineError> errors = parsed.errors();
            LOG.info(
                    "register import for estate {} by {} refused: {} problems",
                    estateId,
                    caller.username(),
                    errors.size());
            throw Refusal.badLines("owners.register.invalid", errors, String.valueOf(errors.size()));
        }
        units.deleteByEstate(estateId);
        owners.deleteByEstate(estateId);
        Map<String, RegisteredOwner> byId = new HashMap<>();
        for (RegisterRow row : parsed.rows()) {
            RegisteredOwner owner = row.developerUnsold()
                    ? null
                    : byId.computeIfAbsent(
                            row.ownerId(), id -> owners.save(new RegisteredOwner(estateId, id, row.ownerName())));
            units.save(
                    new RegisteredUnit(estateId, row.building(), row.unit(), row.area(), owner, row.developerUnsold()));
        }
        estate.registerImported(caller.username(), Instant.now());
        RegisterCount counts =
                RegisterCount.of(parsed.rows().stream().map(RegisterRow::share).toList());
        audit.record(
                caller.username(),
                "owners.register.import",
                subject(estateId),
                "units=" + counts.units() + ", totalArea=" + counts.totalArea().toPlainString() + ", headcount="
                        + counts.headcount() + ", developerUnsoldUnits=" + counts.developerUnsoldUnits());
        LOG.info(
                "register of estate {} imported by {}: {} units, headcount {}",
                estateId,
                caller.username(),
                counts.units(),
                counts.headcount());
        return view(estate, counts);
    }

    /**
     * The estate's register as a file of the import's own columns ({@link RegisterFile#HEADER}), so that it can be
     * edited and imported again; every export is in the audit log (it names the owners).
     */
    @Transactional
    byte[] export(Caller caller, long estateId) {
        estates.findById(estateId).orElseThrow(() -> notFound(estateId));
        List<List<String>> rows = units.entriesOf(estateId).stream()
                .map(entry -> Arrays.asList(
                        entry.building(),
                        entry.unit(),
                        entry.area().toPlainString(),
                        entry.ownerId(),
                        entry.ownerName(),
                        String.valueOf(entry.developerUnsold())))
                .toList();
        audit.record(caller.username(), "owners.register.export", subject(estateId), "units=" + rows.size());
        return CsvWriter.write(RegisterFile.HEADER, rows);
    }

    private static String limited(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Refusal.badInput("owners.estate.tooLong", field, String.valueOf(maxLength));
        }
        return stripped;
    }

    private static Refusal notFound(long estateId) {
        return Refusal.notFound("owners.estate.notFound", String.valueOf(estateId));
    }

    private static String subject(Long estateId) {
        return "estate:" + estateId;
    }

    private EstateView view(Estate estate, RegisterCount counts) {
        return new EstateView(
                estate.getId(),
                estate.getName(),
                estate.getAddress(),
                estate.getCreatedBy(),
                offset(estate.getCreatedAt()),
                estate.getRegisterImportedBy(),
                offset(estate.getRegisterImportedAt()),
                counts);
    }

    private OffsetDateTime offset(Instant instant) {
        return office.local(instant);
    }
}
