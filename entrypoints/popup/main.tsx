import { startOfDay } from 'date-fns';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { App, readOwed, type Owed } from './App';
import { ErrorBoundary } from '@/components/ErrorBoundary';

const root = createRoot(document.getElementById('root')!);
const render = (first?: Owed) =>
  root.render(
    <StrictMode>
      <ErrorBoundary what="Coffee Chats">
        <App first={first} />
      </ErrorBoundary>
    </StrictMode>,
  );
// The list is read as soon as this script runs, and the first render already shows it. A read that
// fails renders the app anyway, whose own read then shows the error.
readOwed(startOfDay(Date.now()).getTime()).then(render, () => render());
