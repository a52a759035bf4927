package no.nir.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** Working days: Monday to Friday, except public holidays. */
public final class Arbeidsdager {

    private Arbeidsdager() {
    }

    public static boolean erArbeidsdag(LocalDate dato) {
        DayOfWeek ukedag = dato.getDayOfWeek();
        return ukedag != DayOfWeek.SATURDAY && ukedag != DayOfWeek.SUNDAY && !Helligdager.erHelligdag(dato);
    }

    /** Working days from {@code fra} to {@code til}, both included; 0 when {@code til} is before {@code fra}. */
    public static int mellom(LocalDate fra, LocalDate til) {
        if (til.isBefore(fra)) {
            return 0;
        }
        return (int) fra.datesUntil(til.plusDays(1)).filter(Arbeidsdager::erArbeidsdag).count();
    }

    public static int iMaaned(YearMonth maaned) {
        return mellom(maaned.atDay(1), maaned.atEndOfMonth());
    }
}
