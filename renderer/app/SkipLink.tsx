import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The window's first Tab stop: shown when focused, it moves the keyboard past the title bar and navigation to the screen itself. */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${target}`}
      className={classes.skip}
      onClick={(event) => {
        // The router owns the URL's hash: move the focus without navigating.
        event.preventDefault();
        document.getElementById(target)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
