package no.nir.datakilde;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import no.nir.tilgang.Evne;
import no.nir.tilgang.Krever;
import no.nir.tilgang.Rolle;

/**
 * The initial load (Jakarta Batch job {@value #JOBB}) for operators: start it on a file of the load
 * directory, follow its runs, stop one, and restart one where its last checkpoint is, also after
 * the server that ran it was killed.
 */
@Stateless
@Krever(Evne.DRIFTE_DATAKILDER)
@RolesAllowed(Rolle.NIR_DRIFT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InnlastingService {

    static final String JOBB = "personinnlasting";
    private static final Logger LOGG = Logger.getLogger(InnlastingService.class.getName());
    private static final Set<BatchStatus> IKKE_PAA_NYTT = Set.of(BatchStatus.COMPLETED, BatchStatus.ABANDONED);

    @Inject
    Innlastingsmappe mappe;

    /** The files an operator may load. */
    public List<String> filer() {
        return mappe.filer();
    }

    /** Starts loading the file; returns the run's id. */
    public long start(String fil) throws InnlastingAvvistException {
        mappe.fil(fil);
        Properties parametere = new Properties();
        parametere.setProperty("fil", fil);
        long id = operator().start(JOBB, parametere);
        LOGG.info("Innlasting av " + fil + " startet, kjøring " + id);
        return id;
    }

    /**
     * Restarts a run that failed, was stopped, or died with its server, from its last checkpoint.
     * JBeret's "detect" mode refuses a run that is still going on in this server.
     */
    public long startPaaNytt(long kjoring) throws InnlastingAvvistException {
        JobExecution forrige = kjoring(kjoring);
        if (IKKE_PAA_NYTT.contains(forrige.getBatchStatus())) {
            throw new InnlastingAvvistException("Kjøring " + kjoring + " er " + forrige.getBatchStatus()
                    + " og kan ikke startes på nytt");
        }
        Properties parametere = new Properties();
        parametere.putAll(forrige.getJobParameters());
        parametere.setProperty("jberet.restart.mode", "detect");
        try {
            long id = operator().restart(kjoring, parametere);
            LOGG.info("Innlasting, kjøring " + kjoring + " startet på nytt som " + id);
            return id;
        } catch (JobRestartException e) {
            throw new InnlastingAvvistException("Kjøring " + kjoring + " pågår fortsatt og kan ikke startes på nytt");
        }
    }

    public void stopp(long kjoring) throws InnlastingAvvistException {
        kjoring(kjoring);
        try {
            operator().stop(kjoring);
            LOGG.info("Innlasting, kjøring " + kjoring + " stoppes");
        } catch (JobExecutionNotRunningException e) {
            throw new InnlastingAvvistException("Kjøring " + kjoring + " kjører ikke");
        }
    }

    /** The latest runs, newest first. */
    public List<Innlastingskjoring> kjoringer(int maks) {
        JobOperator operator = operator();
        List<JobInstance> innlastinger;
        try {
            innlastinger = operator.getJobInstances(JOBB, 0, maks);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<Innlastingskjoring> kjoringer = new ArrayList<>();
        for (JobInstance innlasting : innlastinger) {
            for (JobExecution kjoring : operator.getJobExecutions(innlasting)) {
                kjoringer.add(somKjoring(operator, innlasting, kjoring));
            }
        }
        kjoringer.sort(Comparator.comparingLong(Innlastingskjoring::id).reversed());
        return kjoringer.size() > maks ? kjoringer.subList(0, maks) : kjoringer;
    }

    private static Innlastingskjoring somKjoring(JobOperator operator, JobInstance innlasting, JobExecution kjoring) {
        Innlastingstall tall = operator.getStepExecutions(kjoring.getExecutionId()).stream()
                .map(StepExecution::getPersistentUserData)
                .filter(Innlastingstall.class::isInstance).map(Innlastingstall.class::cast)
                .findFirst().orElseGet(Innlastingstall::new);
        BatchStatus status = kjoring.getBatchStatus();
        return new Innlastingskjoring(kjoring.getExecutionId(), innlasting.getInstanceId(),
                kjoring.getJobParameters() == null ? null : kjoring.getJobParameters().getProperty("fil"),
                status.name(), tid(kjoring.getStartTime()), tid(kjoring.getEndTime()), tall,
                !IKKE_PAA_NYTT.contains(status), status == BatchStatus.STARTING || status == BatchStatus.STARTED);
    }

    private JobExecution kjoring(long id) throws InnlastingAvvistException {
        try {
            JobExecution kjoring = operator().getJobExecution(id);
            if (!JOBB.equals(kjoring.getJobName())) {
                throw new InnlastingAvvistException("Ukjent kjøring " + id);
            }
            return kjoring;
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new InnlastingAvvistException("Ukjent kjøring " + id);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant tid(Date dato) {
        return dato == null ? null : dato.toInstant();
    }
}
