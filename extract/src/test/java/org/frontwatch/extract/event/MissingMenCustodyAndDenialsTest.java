package org.frontwatch.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontwatch.extract.event.ExtractedEvents.types;

import org.frontwatch.model.EventType;
import org.frontwatch.model.Language;
import org.junit.jupiter.api.Test;

/**
 * Men out of contact, custody and cases opened, men gone with their weapons, fakes, strikes on recruiters, losses a side
 * does not publish, and recruitment told by its contract.
 */
class MissingMenCustodyAndDenialsTest {
    @Test
    void readsAManOutOfContactAsMissing() {
        assertThat(types("Мобилизованный из Магадана служит под Покровском. С начала апреля он на связь не выходит.",
                Language.RU)).contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Мобілізований з Рязані воює під Куп'янськом, але з березня не виходить на зв'язок.",
                Language.UK)).contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("His mother has not heard from her son, a mobilised soldier near Pokrovsk, since Feb. 7.",
                Language.EN)).contains(EventType.DESERTION, EventType.CASUALTIES);
    }

    @Test
    void readsTheGuardhouseAndCustodyAndCasesOpened() {
        assertThat(types("Ещё двоих контрактников полка отправили на гауптвахту.", Language.RU))
                .contains(EventType.DETENTION);
        assertThat(types("Военные следователи возбудили дело против контрактника полка.", Language.RU))
                .contains(EventType.PROSECUTION);
        assertThat(types("В Умані суд узяв під варту двох військовослужбовців ТЦК.", Language.UK))
                .contains(EventType.PROSECUTION);
        assertThat(types("\"Either you go forward or you sit in the hole,\" the soldiers were told by the commander.",
                Language.EN)).contains(EventType.DETENTION);
    }

    @Test
    void readsAManGoneFromHisUnitWithHisWeaponAsDesertion() {
        assertThat(types("Контрактник полка ушёл с оружием в сторону трассы.", Language.RU))
                .contains(EventType.DESERTION);
        assertThat(types("Солдат бригади двічі пішов із частини.", Language.UK)).contains(EventType.DESERTION);
        assertThat(types("The group has helped 46 soldiers of the regiment leave the army since March.", Language.EN))
                .contains(EventType.DESERTION);
    }

    @Test
    void readsAnAppealCalledFakeAsTheDenialOnly() {
        assertThat(types("Видеообращение мобилизованных из полка в областном правительстве назвали фейком.",
                Language.RU)).containsExactly(EventType.COUNTER_STATEMENT);
        assertThat(types("У бригаді повідомлення про відмову солдатів назвали «черговою ІПСО».", Language.UK))
                .contains(EventType.COUNTER_STATEMENT);
    }

    @Test
    void doesNotReadAStrikeOnARecruitmentOfficeAsACallUp() {
        assertThat(types("Russian drones struck a military recruitment centre in Kremenchuk, killing two servicemen.",
                Language.EN)).doesNotContain(EventType.MOBILIZATION).contains(EventType.CASUALTIES);
        assertThat(types("Дрон ударил по пункту отбора на контрактную службу в Острогожске.", Language.RU))
                .doesNotContain(EventType.MOBILIZATION);
    }

    @Test
    void doesNotReadLossesASideDoesNotDiscloseAsLosses() {
        assertThat(types("Russia does not disclose its losses in the war against Ukraine.", Language.EN))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Минобороны не раскрывает потери армии.", Language.RU))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Neither army publishes its own casualty figures.", Language.EN))
                .doesNotContain(EventType.CASUALTIES);
        assertThat(types("Власти региона официальных данных о потерях мобилизованных не публикуют.",
                Language.RU)).doesNotContain(EventType.CASUALTIES);
        assertThat(types("У бригаді відповіли, що інформація про втрати бригади не підтверджується.",
                Language.UK)).doesNotContain(EventType.CASUALTIES);
        assertThat(types("Бригада сообщила о потерях: погибли трое военных.", Language.RU))
                .contains(EventType.CASUALTIES);
    }

    @Test
    void readsRecruitmentToldByTheContractAsMobilisation() {
        assertThat(types("В январе контракт с Минобороны подписали 1 200 жителей области, сообщил военкомат.",
                Language.RU)).contains(EventType.MOBILIZATION);
        assertThat(types("Из погибших военных не менее 19 ушли на фронт по контракту в 2024 году.", Language.RU))
                .contains(EventType.MOBILIZATION);
        assertThat(types("Торік на службу за контрактом в області пішли 900 чоловіків, заявили в ТЦК.", Language.UK))
                .contains(EventType.MOBILIZATION);
        assertThat(types("The regiment was formed from men mobilised in Bashkortostan in the autumn of 2022.",
                Language.EN)).contains(EventType.MOBILIZATION);
        assertThat(types("The soldier served in the regiment under a contract until he was wounded.", Language.EN))
                .doesNotContain(EventType.MOBILIZATION);
    }

    @Test
    void readsAManOutOfTouchSinceADayInAnyTenseAsMissing() {
        assertThat(types("Муж Ольги, мобилизованный из Кинешмы, не выходил на связь с 9 ноября.", Language.RU))
                .contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Мобілізований з Умані востаннє виходив на зв'язок 4 березня, відтоді зв'язку з ним немає.",
                Language.UK)).contains(EventType.DESERTION, EventType.CASUALTIES);
        assertThat(types("Her son, a conscript from Rybinsk, has not been heard from since an assault on May 2.",
                Language.EN)).contains(EventType.DESERTION, EventType.CASUALTIES);
    }

    @Test
    void doesNotReadAManWhoGotInTouchAsMissing() {
        assertThat(types("Мобилизованный из Кинешмы выходил на связь 9 ноября и сказал, что у них всё спокойно.",
                Language.RU)).doesNotContain(EventType.DESERTION, EventType.CASUALTIES);
    }
}
