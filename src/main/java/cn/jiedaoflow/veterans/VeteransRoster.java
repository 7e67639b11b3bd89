package cn.jiedaoflow.veterans;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.csv.CsvWriter;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.LineError;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The veterans' roster (一人一档): imported by the station's staff from a CSV file, all of it or nothing; a
 * veteran's file with their cases. ID numbers are shown masked; the full number only through
 * {@link #fullIdNumber}, and every such view is recorded in the audit log. The file rules are
 * {@link RosterFile}.
 */
@Service
class VeteransRoster implements KeyCareVeterans {

    private static final Logger LOG = LoggerFactory.getLogger(VeteransRoster.class);

    private final VeteranRepository veterans;
    private final VeteranCaseRepository cases;
    private final AuditLog audit;
    private final OfficeTime office;

    VeteransRoster(VeteranRepository veterans, VeteranCaseRepository cases, AuditLog audit, OfficeTime office) {
        this.veterans = veterans;
        this.cases = cases;
        this.audit = audit;
        this.office = office;
    }

    /** Adds the file's veterans to the roster in one transaction; any bad line refuses the whole file. */
    @Transactional
    RosterImported importRoster(Caller caller, byte[] content) {
        RosterFile.Parsed parsed = RosterFile.parse(content == null ? new byte[0] : content);
        List<LineError> errors = problems(parsed);
        if (!errors.isEmpty()) {
            LOG.info("roster import by {} refused: {} problems", caller.username(), errors.size());
            throw Refusal.badLines("veterans.roster.invalid", errors, String.valueOf(errors.size()));
        }
        Instant now = Instant.now();
        parsed.rows().forEach(row -> veterans.save(new Veteran(row, caller.username(), now)));
        long keyCare = parsed.rows().stream().filter(RosterRow::keyCare).count();
        audit.record(
                caller.username(),
                "veterans.roster.import",
                "roster",
                "veterans=" + parsed.rows().size() + ", keyCare=" + keyCare);
        LOG.info(
                "roster import by {}: {} veterans, {} key care",
                caller.username(),
                parsed.rows().size(),
                keyCare);
        return new RosterImported(parsed.rows().size(), keyCare, veterans.count());
    }

    /**
     * What {@link #importRoster} would make of the file, storing nothing: how many veterans it adds and how many of
     * them are key care, or every bad line. The console shows it before the station confirms.
     */
    @Transactional(readOnly = true)
    RosterPreview preview(byte[] content) {
        RosterFile.Parsed parsed = RosterFile.parse(content == null ? new byte[0] : content);
        List<LineError> errors = problems(parsed);
        long keyCare = parsed.rows().stream().filter(RosterRow::keyCare).count();
        return errors.isEmpty()
                ? new RosterPreview(parsed.rows().size(), keyCare, veterans.count(), List.of())
                : new RosterPreview(0, 0, veterans.count(), errors);
    }

    /** How many veterans the roster holds. */
    @Transactional(readOnly = true)
    long size() {
        return veterans.count();
    }

    /** Every bad line of the file, by line: its own faults, and veterans already on the roster. */
    private List<LineError> problems(RosterFile.Parsed parsed) {
        List<LineError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(alreadyOnRoster(parsed.rows()));
        errors.sort(Comparator.comparingInt(LineError::line));
        return errors;
    }

    private List<LineError> alreadyOnRoster(List<RosterRow> rows) {
        Set<String> onRoster =
                veterans
                        .findByServiceNumberIn(
                                rows.stream().map(RosterRow::serviceNumber).toList())
                        .stream()
                        .map(Veteran::getServiceNumber)
                        .collect(Collectors.toSet());
        Set<String> idsOnRoster = veterans
                .findByIdNumberIn(rows.stream().map(RosterRow::idNumber).toList())
                .stream()
                .map(Veteran::getIdNumber)
                .collect(Collectors.toSet());
        List<LineError> errors = new ArrayList<>();
        for (RosterRow row : rows) {
            if (onRoster.contains(row.serviceNumber())) {
                errors.add(LineError.of(row.line(), RosterProblem.SERVICE_NUMBER_ON_ROSTER, row.serviceNumber()));
            } else if (idsOnRoster.contains(row.idNumber())) {
                errors.add(LineError.of(row.line(), RosterProblem.ID_NUMBER_ON_ROSTER));
            }
        }
        return errors;
    }

    @Transactional(readOnly = true)
    List<VeteranSummary> list() {
        return veterans.findAllByOrderByServiceNumberAsc().stream()
                .map(VeteransRoster::summary)
                .toList();
    }

    /**
     * The roster as a file of the import's columns ({@link RosterFile#HEADER}), ID numbers masked; every export is
     * in the audit log with who and how many.
     */
    @Transactional
    byte[] export(Caller caller) {
        List<List<String>> rows = veterans.findAllByOrderByServiceNumberAsc().stream()
                .map(v -> Arrays.asList(
                        v.getServiceNumber(),
                        v.getName(),
                        IdNumbers.mask(v.getIdNumber()),
                        v.getMobile(),
                        v.getAddress(),
                        v.isKeyCare() ? "是" : "否"))
                .toList();
        audit.record(
                caller.username(),
                "veterans.roster.export",
                "roster",
                "veterans=" + rows.size() + ", ID numbers masked");
        LOG.info("roster exported by {}: {} veterans", caller.username(), rows.size());
        return CsvWriter.write(RosterFile.HEADER, rows);
    }

    /** The veteran's file: masked ID number, contacts, key-care flag and every case, oldest first. */
    @Transactional(readOnly = true)
    VeteranFile file(long veteranId) {
        Veteran veteran = veterans.findById(veteranId).orElseThrow(() -> notFound(veteranId));
        return new VeteranFile(
                summary(veteran),
                veteran.getAddress(),
                cases.findByVeteranIdOrderByOpenedAtAscIdAsc(veteranId).stream()
                        .map(veteranCase -> veteranCase.view(office))
                        .toList());
    }

    /** The full ID number, for the station's staff only (the controller checks), recorded in the audit log. */
    @Transactional
    FullIdNumber fullIdNumber(Caller caller, long veteranId) {
        Veteran veteran = veterans.findById(veteranId).orElseThrow(() -> notFound(veteranId));
        audit.record(
                caller.username(),
                "veterans.idNumber.view",
                subject(veteranId),
                "serviceNumber=" + veteran.getServiceNumber());
        LOG.info("full ID number of veteran {} viewed by {}", veteranId, caller.username());
        return new FullIdNumber(veteranId, veteran.getServiceNumber(), veteran.getIdNumber());
    }

    @Override
    @Transactional(readOnly = true)
    public List<KeyCareVeteran> all() {
        return veterans.findByKeyCareTrueOrderByServiceNumberAsc().stream()
                .map(v ->
                        new KeyCareVeteran(v.getId(), v.getServiceNumber(), v.getName(), v.getMobile(), v.getAddress()))
                .toList();
    }

    private static VeteranSummary summary(Veteran veteran) {
        return new VeteranSummary(
                veteran.getId(),
                veteran.getServiceNumber(),
                veteran.getName(),
                IdNumbers.mask(veteran.getIdNumber()),
                veteran.getMobile(),
                veteran.isKeyCare());
    }

    static String subject(long veteranId) {
        return "veteran:" + veteranId;
    }

    private static Refusal notFound(long veteranId) {
        return Refusal.notFound("veterans.notFound", String.valueOf(veteranId));
    }

    /** The outcome of an import: how many were added, how many of them are key care, the roster's size now. */
    record RosterImported(int imported, long keyCare, long rosterSize) {}

    /**
     * A roster file looked at before it is imported.
     *
     * @param veterans   the veterans the file adds; 0 when it has bad lines
     * @param keyCare    how many of them are key care (重点关爱)
     * @param rosterSize the roster's size now
     * @param problems   every bad line; empty when the file can be imported
     */
    record RosterPreview(int veterans, long keyCare, long rosterSize, List<LineError> problems) {

        RosterPreview {
            problems = List.copyOf(problems);
        }

        boolean importable() {
            return problems.isEmpty();
        }
    }

    /** A veteran as lists show them: the ID number masked. */
    record VeteranSummary(
            long id, String serviceNumber, String name, String idNumberMasked, String mobile, boolean keyCare) {}

    /** A veteran's file (一人一档). */
    record VeteranFile(VeteranSummary veteran, String address, List<VeteranCase.CaseView> cases) {}

    /** The one answer that carries a full ID number. */
    record FullIdNumber(long veteranId, String serviceNumber, String idNumber) {}
}
