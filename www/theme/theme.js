// Light and dark: the page follows the system's `prefers-color-scheme` until the user picks one
// with the toggle; the choice is kept with the other settings. The theme is an attribute on
// <html> (`data-theme`) that the stylesheets' custom properties read.

/**
 * @param {HTMLButtonElement} button the toggle (aria-pressed: dark on)
 * @param {'light'|'dark'|null} chosen the kept choice, or null to follow the system
 * @param {(choice: 'light'|'dark') => void} onChoose to keep a choice
 */
export function createThemeToggle(button, chosen, onChoose) {
  const system = matchMedia('(prefers-color-scheme: dark)');
  let choice = chosen;
  const apply = () => {
    const theme = choice ?? (system.matches ? 'dark' : 'light');
    document.documentElement.dataset.theme = theme;
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  system.addEventListener('change', apply);
  button.addEventListener('click', () => {
    choice = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    apply();
    onChoose(choice);
  });
  apply();
}
