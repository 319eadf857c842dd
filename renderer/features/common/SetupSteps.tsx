import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Where a new laptop is in its first run: the data (the sample or nothing), then who works on it. */
export function SetupSteps({ active }: { active: 0 | 1 }) {
  const { t } = useTranslation();
  return (
    <Stepper active={active} size="sm" allowNextStepsSelect={false} data-testid="setup-steps">
      <Stepper.Step label={t('firstRun.stepData')} />
      <Stepper.Step label={t('firstRun.stepLaptop')} />
    </Stepper>
  );
}
