package no.nir.test.nettleser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from Debian's packages, driven by Selenium. Selenium is pointed at the
 * installed binaries so it never tries to download a browser. If the browser cannot start, the
 * test fails: it is never skipped.
 */
public final class Nettleser implements AutoCloseable {

    /** 20 s; the operations scenarios, which run several servers at once, allow more (nir.nettleser.vent). */
    private static final Duration VENT = Duration.ofSeconds(Long.getLong("nir.nettleser.vent", 20));

    private final WebDriver driver;
    private final String base;
    private final Path nedlastinger;

    private Nettleser(WebDriver driver, String base, Path nedlastinger) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
        this.nedlastinger = nedlastinger;
    }

    public static Nettleser start(URL base) throws IOException {
        Path nedlastinger = Files.createTempDirectory("nir-nedlastinger");
        ChromeOptions valg = new ChromeOptions();
        valg.setBinary("/usr/bin/chromium");
        valg.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=nb-NO",
                "--user-data-dir=" + Files.createTempDirectory("nir-chromium"));
        valg.setExperimentalOption("prefs", Map.of(
                "download.default_directory", nedlastinger.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService tjeneste = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        return new Nettleser(new ChromeDriver(tjeneste, valg), base.toString(), nedlastinger);
    }

    /** Opens the application and logs in through the FORM login page as a demo user. */
    public Nettleser loggInn(String bruker) {
        return loggInn(bruker, "passord");
    }

    public Nettleser loggInn(String bruker, String passord) {
        gaaTil("");
        sendInnlogging(bruker, passord);
        vent(By.id("innlogget"));
        return this;
    }

    /** Fills in and sends the login form the current page shows (any page, once a session has ended). */
    public void sendInnlogging(String bruker, String passord) {
        vent(By.id("j_username")).sendKeys(bruker);
        driver.findElement(By.id("j_password")).sendKeys(passord);
        driver.findElement(By.id("logginn")).click();
    }

    /** A path below the application's context root, e.g. "personliste.xhtml". */
    public void gaaTil(String sti) {
        driver.get(base + sti);
    }

    public WebElement vent(By hva) {
        return new WebDriverWait(driver, VENT).until(ExpectedConditions.visibilityOfElementLocated(hva));
    }

    public void ventPaaTekst(By hva, String tekst) {
        new WebDriverWait(driver, VENT).until(ExpectedConditions.textToBePresentInElementLocated(hva, tekst));
    }

    /**
     * Picks an item of a p:selectOneMenu by its label, as a user does. The overlay panel slides in and
     * out, and a click during that is lost or lands on another menu's panel, so this opens and clicks
     * until the menu shows the label (a wait on the result, not a fixed pause).
     */
    public void velg(String menyId, String etikett) {
        new WebDriverWait(driver, VENT).ignoring(WebDriverException.class).until(d -> {
            if (d.findElement(By.id(menyId + "_label")).getText().equals(etikett)) {
                return true;
            }
            d.findElements(By.cssSelector("[id='" + menyId + "_items'] li[data-label='" + etikett + "']")).stream()
                    .filter(WebElement::isDisplayed).findFirst()
                    .ifPresentOrElse(WebElement::click, () -> d.findElement(By.id(menyId)).click());
            return false;
        });
        ventPaaAjax();
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    public void ventPaaAjax() {
        new WebDriverWait(driver, VENT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Saves a screenshot for review under target/screenshots. */
    public Path skjermbilde(String navn) throws IOException {
        Path mappe = Path.of(System.getProperty("nir.screenshots", "target/screenshots"));
        Files.createDirectories(mappe);
        Path fil = mappe.resolve(navn + ".png");
        Path bilde = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(bilde, fil, StandardCopyOption.REPLACE_EXISTING);
        return fil;
    }

    /** How long a wait for the page lasts. */
    public static Duration ventetid() {
        return VENT;
    }

    public Path nedlastinger() {
        return nedlastinger;
    }

    public WebDriver driver() {
        return driver;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
