import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { VaultGate } from './features/lock/vault-gate';
import { CatalogueProvider } from './lib/use-catalogue';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <VaultGate>
      <CatalogueProvider>
        <App />
      </CatalogueProvider>
    </VaultGate>
  </StrictMode>,
);
