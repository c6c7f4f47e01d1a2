import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CoopexApp } from './app';
import { initializeI18n } from './i18n/i18n';
import './styles.css';

// Texts must be loaded before the first render, or the first paint would show translation keys.
void initializeI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <CoopexApp />
    </StrictMode>,
  );
});
