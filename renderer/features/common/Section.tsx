import { Paper, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  /** A dimmed sentence under the title saying what the section is for. */
  intro?: string;
  gap?: MantineSpacing | number;
  children: ReactNode;
};

/** A titled, bordered part of a page, announced to screen readers as a region named by its title. */
export function Section({ title, intro, gap = 'sm', children }: Props) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap={gap}>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
