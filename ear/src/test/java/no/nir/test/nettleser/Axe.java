package no.nir.test.nettleser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;

/**
 * Audits the page as the browser shows it now with Deque's axe-core (WCAG 2.1 A and AA) and
 * collects the violations per page state, so one run reports every state before it fails. Usage:
 * {@code axe.sjekk("ordning: dialog åpen")} after each state, {@code axe.ingenBrudd()} at the end.
 */
public final class Axe {

    /**
     * The rules tagged WCAG 2.0/2.1 A and AA, plus label-content-name-mismatch (WCAG 2.5.3), which
     * axe-core tags experimental and so leaves out unless asked.
     */
    private static final AxeRunOptions VALG = new AxeRunOptions();

    static {
        AxeRunOnlyOptions tagger = new AxeRunOnlyOptions();
        tagger.setType("tag");
        tagger.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        VALG.setRunOnly(tagger);
        AxeRuleOptions pa = new AxeRuleOptions();
        pa.setEnabled(true);
        VALG.setRules(Map.of("label-content-name-mismatch", pa));
    }

    private final WebDriver driver;
    private final Map<String, Integer> antall = new LinkedHashMap<>();
    private final List<String> brudd = new ArrayList<>();

    public Axe(WebDriver driver) {
        this.driver = driver;
    }

    /** Audits the current page under the given state name; returns the number of violating nodes. */
    public int sjekk(String tilstand) {
        int noder = 0;
        // Legacy mode: one script call (the pages have no frames), which a loaded machine answers in time.
        AxeBuilder axe = new AxeBuilder().withOptions(VALG).setLegacyMode(true).setTimeout(120);
        for (Rule regel : axe.analyze(driver).getViolations()) {
            for (CheckedNode node : regel.getNodes()) {
                noder++;
                String linje = tilstand + " | " + regel.getId() + " (" + regel.getImpact() + ") | " + node.getTarget()
                        + " | " + driver.getCurrentUrl() + "\n      " + node.getFailureSummary().replace("\n", " ");
                brudd.add(linje);
                System.out.println("axe brudd: " + linje);
            }
        }
        antall.put(tilstand, noder);
        System.out.printf("axe: %-45s %d%n", tilstand, noder);
        return noder;
    }

    /** Violating nodes per audited state, in the order audited. */
    public Map<String, Integer> antall() {
        return antall;
    }

    /** Fails listing every violation found: state, rule, target and page. */
    public void ingenBrudd() {
        if (!brudd.isEmpty()) {
            fail(brudd.size() + " axe-core violations (WCAG 2.1 AA):\n  " + String.join("\n  ", brudd));
        }
    }
}
