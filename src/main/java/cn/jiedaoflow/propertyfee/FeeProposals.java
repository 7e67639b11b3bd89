package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.owners.EstateRegisters;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals of the property-fee adjustment: the six-month rule after a failed vote, and what the
 * process records about each proposal. No engine or web types here: delegates and the API call this.
 */
@Service
class FeeProposals {

    static final String TRACKING_NUMBER_PREFIX = "PF";

    private final FeeProposalRepository repository;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final PropertyFeeSettings settings;
    private final EstateRegisters registers;
    private final StaffScopes scopes;

    FeeProposals(
            FeeProposalRepository repository,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            PropertyFeeSettings settings,
            EstateRegisters registers,
            StaffScopes scopes) {
        this.repository = repository;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.settings = settings;
        this.registers = registers;
        this.scopes = scopes;
    }

    /**
     * Why no proposal can be filed for the estate yet, if that is so: the vote needs its owners' register, and the
     * case its residents' committee (the estate's residents' area).
     */
    Optional<EstateProblem> estateProblem(long estateId) {
        OptionalLong units = registers.registeredUnits(estateId);
        if (units.isEmpty()) {
            return Optional.of(EstateProblem.UNKNOWN);
        }
        if (units.getAsLong() == 0) {
            return Optional.of(EstateProblem.NO_REGISTER);
        }
        return scopes.areaOf(estateId).isEmpty() ? Optional.of(EstateProblem.NO_AREA) : Optional.empty();
    }

    enum EstateProblem {
        UNKNOWN,
        NO_REGISTER,
        NO_AREA
    }

    /** The estate and residents' area a case was filed for, as recorded when it was filed. */
    Optional<CaseScope> caseScope(String trackingNumber) {
        return repository
                .findByTrackingNumber(trackingNumber)
                .map(p -> new CaseScope(p.getEstateId(), p.getResidentsAreaId(), p.getProposedBy()));
    }

    /**
     * Where a case was filed and by whom: its estate, the residents' area (empty for cases filed before scope) and the
     * proposer's group (empty for cases filed before it was recorded).
     */
    record CaseScope(long estateId, Long residentsAreaId, String proposedBy) {}

    String newTrackingNumber() {
        return trackingNumbers.next(TRACKING_NUMBER_PREFIX, calendar.now());
    }

    /**
     * The first day a new proposal for {@code estateId} is allowed, when today (by the engine clock) is still
     * within the bar after the latest failed vote of that estate.
     */
    Optional<LocalDate> barredUntil(long estateId) {
        LocalDate today = today();
        return lastFailedVoteOn(estateId)
                .flatMap(failedOn -> settings.failedVoteBar().barredUntil(failedOn, today));
    }

    /**
     * {@code Task_CheckProposal}'s rules: the bar after a failed vote of the estate again (a proposal started in
     * Tasklist has not passed the API's check); then the proposal is recorded under its tracking number (a new one
     * when the case has none yet) with its estate, residents' area and proposer, and its lists are published for
     * {@code publication} calendar days from now.
     */
    @Transactional
    ProposalCheck check(String trackingNumber, long estateId, String proposedBy) {
        String number = trackingNumber == null ? newTrackingNumber() : trackingNumber;
        Optional<LocalDate> barredUntil = barredUntil(estateId);
        if (barredUntil.isPresent()) {
            return new ProposalCheck(
                    number, estateId, settings.failedVoteBar().refusal(estateId, barredUntil.get()), null);
        }
        register(number, estateId, proposedBy);
        return new ProposalCheck(number, estateId, null, calendar.daysFrom(calendar.now(), (int)
                settings.publication().toDays()));
    }

    /**
     * Records a filed proposal under its tracking number with the residents' area its estate lies in and the group
     * that filed it (once: a second call for the same number changes nothing).
     */
    @Transactional
    void register(String trackingNumber, long estateId, String proposedBy) {
        if (repository.findByTrackingNumber(trackingNumber).isEmpty()) {
            repository.save(new FeeProposal(
                    trackingNumber, estateId, scopes.areaOf(estateId).orElse(null), proposedBy, calendar.now()));
        }
    }

    @Transactional
    void rejectedInPreReview(String trackingNumber) {
        FeeProposal proposal = proposal(trackingNumber);
        proposal.rejectedInPreReview();
        repository.save(proposal);
    }

    /** The owners' committee ended the procedure at the revision cap, without a vote. */
    @Transactional
    void endedAtRevisionCap(String trackingNumber) {
        FeeProposal proposal = proposal(trackingNumber);
        proposal.endedAtRevisionCap();
        repository.save(proposal);
    }

    /**
     * {@code Task_RecordVoteOutcome}: records the vote's outcome ({@link #voted}); the result is published for
     * {@code result-publication} calendar days from now; a PASSED vote raises the fee in the steps of the vote call
     * ({@code feeSteps}, or the proposal's own fees from its effective date), each at 00:00 of its date at the office,
     * and its supervision is due {@code supervision-after} the first step.
     */
    @Transactional
    RecordedVote recordVote(String trackingNumber, VoteOutcome outcome, Object feeSteps, FeeStep proposed) {
        Deadline publicationEnds = calendar.daysFrom(
                calendar.now(), (int) settings.resultPublication().toDays());
        if (outcome.failed()) {
            voted(trackingNumber, outcome, List.of());
            return new RecordedVote(publicationEnds, List.of(), null);
        }
        List<FeeStep> steps = settings.feeSteps().validate(FeeStepsReader.read(feeSteps, proposed, calendar.zone()));
        voted(trackingNumber, outcome, steps);
        return new RecordedVote(
                publicationEnds,
                steps.stream().map(step -> startOf(step.takesEffect())).toList(),
                startOf(steps.get(0).takesEffect().plus(settings.supervisionAfter())));
    }

    /**
     * Records the vote's outcome with the engine's time as the end of the vote; a PASSED vote also records the new
     * fee.
     */
    @Transactional
    void voted(String trackingNumber, VoteOutcome outcome, List<FeeStep> steps) {
        FeeProposal proposal = proposal(trackingNumber);
        proposal.voted(outcome, calendar.now());
        if (!outcome.failed()) {
            proposal.newFee(steps.get(steps.size() - 1), steps.get(0).takesEffect());
        }
        repository.save(proposal);
    }

    /** When the owners' opinion solicitation that starts now ends: {@code opinion-window} (7) calendar days. */
    Deadline opinionWindowEnds() {
        return calendar.daysFrom(calendar.now(), (int) settings.opinionWindow().toDays());
    }

    /**
     * When the supervision evaluation that starts now is due: {@code supervision-evaluation-working-days} (15) working
     * days from now, by the engine's clock.
     */
    Deadline supervisionEvaluationDue() {
        return calendar.workingDaysFrom(calendar.now(), settings.supervisionEvaluationWorkingDays());
    }

    /** Today's date at the office, by the engine's clock. */
    LocalDate today() {
        return calendar.today();
    }

    WorkingCalendar calendar() {
        return calendar;
    }

    PropertyFeeSettings settings() {
        return settings;
    }

    private Optional<LocalDate> lastFailedVoteOn(long estateId) {
        return repository.findByEstateIdAndStatus(estateId, ProposalStatus.VOTE_FAILED).stream()
                .map(FeeProposal::getVoteEndedAt)
                .max(Comparator.naturalOrder())
                .map(endedAt -> LocalDate.ofInstant(endedAt, calendar.zone()));
    }

    private FeeProposal proposal(String trackingNumber) {
        return repository
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no property-fee proposal " + trackingNumber));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant();
    }
}
