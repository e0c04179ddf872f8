import { ActionIcon, Input } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SearchIcon } from '../../shared/icons';

/** The header's search box (wide screens) or a search button (phones): both lead to the offering search. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = location.pathname === '/search';
  const [text, setText] = useState(onSearchPage ? (params.get('q') ?? '') : '');
  // The box shows the search being looked at, and empties on other pages.
  useEffect(() => {
    setText(onSearchPage ? (params.get('q') ?? '') : '');
  }, [onSearchPage, params]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  };

  return (
    <>
      <form onSubmit={submit} role="search" style={{ flex: 1, maxWidth: 520 }}>
        {/* The search page has its own query field: one box at a time. */}
        <Input
          display={onSearchPage ? 'none' : undefined}
          visibleFrom="sm"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          placeholder={t('header.searchPlaceholder')}
          aria-label={t('header.searchLabel')}
          leftSection={<SearchIcon size={16} />}
          type="search"
        />
      </form>
      <ActionIcon component={Link} to="/search" variant="subtle" size="lg" hiddenFrom="sm" aria-label={t('header.searchLabel')}>
        <SearchIcon />
      </ActionIcon>
    </>
  );
}
