// PrimeFaces asks for its client-side locale by language: "nb" for the application's nb_NO. It ships
// Norwegian only as locale-no.js (which also registers nb_NO). Without this file the page links a
// missing script ("RES_NOT_FOUND", relative to the page); on the login page, shown for a protected
// URL, the browser's request for it became the URL the login returned to, instead of the page asked for.
// Loads the Norwegian file from the same place, synchronously, as the head's other scripts.
document.write('<script src="' + document.currentScript.src.replace('locale-nb.js', 'locale-no.js') + '"></scr' + 'ipt>');
